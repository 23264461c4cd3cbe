// The process's CPU time so far (user + system), in milliseconds: what the benches time with, since wall-clock
// time on a shared machine counts other processes' work too.

/** CPU milliseconds this process has used so far (`process.cpuUsage()`, user + system). */
export function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
