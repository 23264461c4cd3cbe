import type { CleanDocument } from '../../src/model/document.js';
export declare function goldenJson(doc: CleanDocument): string;
