// What common.js gives the provider scripts it is served with (each stand-in is one classic script: common.js, then
// the provider's file, inside one function). TypeScript sees the files as separate modules, so it learns the shared
// names here; keep this in step with common.js.

interface StandInBox {
  box: HTMLDivElement;
  button: HTMLButtonElement;
  show(state: 'waiting' | 'working' | 'passed' | 'failed'): void;
  remove(): void;
}

interface StandInCheckbox {
  ui: StandInBox;
  getResponse(): string;
  reset(): void;
  remove(): void;
}

declare const standInPage: Record<string, any>;
declare const standInScript: HTMLScriptElement | null;
declare const standInUrl: URL;
declare function standInContainer(container: unknown): HTMLElement;
declare function standInOnload(): void;
declare function standInToken(provider: string, sitekey: string): Promise<string>;
declare function standInBox(parent: HTMLElement, o: { name: string; dark?: boolean }): StandInBox;
declare function standInCheckbox(
  parent: HTMLElement,
  o: { name: string; params: Record<string, any>; lifetimeMs: number; answer: () => Promise<string>; auto?: boolean; fails?: boolean },
): StandInCheckbox;
declare function standInRegistry(): {
  add(w: StandInCheckbox): string;
  get(id: unknown): StandInCheckbox | undefined;
  delete(id: unknown): void;
  /** reset, remove and getResponse by widget id, as every provider's API has them. */
  calls: { reset(id?: unknown): void; remove(id?: unknown): void; getResponse(id?: unknown): string };
};
