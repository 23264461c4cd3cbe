// A made-up article with the kinds of noise scrapers leave in (written for the playground; no real page).
export const sampleText = `Town Council Approves New Bridge

Town Council Approves New Bridge
By Jane Okafor
March 3, 2024

The town council voted 7 to 2 on Tuesday to replace the Mill Street bridge, ending a debate that began when engineers closed the crossing to trucks last spring.
"We cannot keep patching it," said council member Ruth Alvarez. "The river will not wait for us."



Construction is expected to start in June and take eighteen months.
The crossing stays open to cars and bicycles until then.
Photo Credit: John Doe / Daily Ledger

Related posts
Council delays vote on library hours
School board names new superintendent
Farmers market returns to the square

Leave a reply
Sam said...
Great article!! Visit my site for cheap watches www.example.com
`;
