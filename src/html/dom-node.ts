/**
 * The subset of the DOM `Node` segmentation reads (linkedom implements it; so does a browser's DOM).
 *
 * @inline
 */
export interface DomNode {
  readonly nodeType: number;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
  readonly childNodes?: ArrayLike<DomNode>;
  readonly localName?: string;
  readonly data?: string;
  getAttribute?(name: string): string | null;
  getAttributeNode?(name: string): { readonly value: string } | null;
  hasAttribute?(name: string): boolean;
  hasAttributes?(): boolean;
}
