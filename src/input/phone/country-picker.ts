// The SMS step's country picker: an ARIA 1.2 combobox, a text field that searches a list box of countries by name (in
// the element's language or English), ISO code or calling code (country-search.ts). Focus stays in the field while the
// list is open; aria-activedescendant names the highlighted country. Keys: type to search, ↓/↑ open and move,
// Page Down/Up move by ten, Enter or Tab takes the highlighted country, Escape closes and keeps the chosen one.
// What the list shows (open, the search, the highlight) is this widget's own; the chosen country is the flow's state.
import { html, nothing, type TemplateResult } from 'lit';
import type { Country } from '../phone.chunk.js';
import type { PasswordlessMessages } from '../../i18n/messages.js';
import { searchCountries } from './country-search.js';
import { flagOf } from './flag-emoji.js';

export interface PickerView {
  /** Every country, sorted by name in the element's language. */
  countries: readonly Country[];
  /** The chosen country (ISO code). */
  chosen: string;
  m: Pick<PasswordlessMessages, 'countryLabel' | 'countrySearch' | 'countriesFound' | 'countryNoMatch'>;
  /** A send is running: the picker is read-only, as the phone field is. */
  busy: boolean;
  /** Whether this platform draws flag emoji as flags (flag-emoji.ts); else none are shown. */
  flags: boolean;
  choose(code: string): void;
}

const PAGE = 10;
const optionId = (code: string) => `country-${code}`;
/** Calling codes read left to right in every language, also inside right-to-left text. */
const ltr = (text: string) => `\u2066${text}\u2069`;

export class CountryPicker {
  #open = false;
  /** What was typed to search; null while the field shows the chosen country. */
  #query: string | null = null;
  /** The highlighted country in the open list. */
  #active: string | null = null;
  /** The highlighted country last scrolled into view (the list is not scrolled back while the person scrolls it). */
  #shown: string | null = null;
  #view?: PickerView;
  /** After the next render, select the field's text, so that typing replaces the country's name. */
  #selectText = false;
  /** What the field shows: the search, or the chosen country's name and calling code. */
  #text = '';
  readonly #update: () => void;

  constructor(requestUpdate: () => void) {
    this.#update = requestUpdate;
  }

  render(view: PickerView): TemplateResult {
    this.#view = view;
    if (view.busy) this.#close();
    const chosen = view.countries.find(({ code }) => code === view.chosen);
    const results = this.#results();
    const searching = this.#open && this.#query !== null;
    // The list is in the page only while open, so that "Country" names one thing (the field) the rest of the time.
    const listed = this.#open && results.length > 0;
    const active = listed && results.some(({ code }) => code === this.#active) ? this.#active : null;
    this.#text = searching ? this.#query! : chosen ? `${chosen.name} (${ltr(`+${chosen.callingCode}`)})` : '';
    return html`
      <label part="label" for="country" id="country-label">${view.m.countryLabel}</label>
      <div class="country-field">
        <input
          part="input country-select"
          id="country"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${listed ? 'true' : 'false'}
          aria-controls=${listed ? 'country-list' : nothing}
          aria-activedescendant=${active ? optionId(active) : nothing}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          placeholder=${view.m.countrySearch}
          .value=${this.#text}
          ?readonly=${view.busy}
          @focus=${selectAll}
          @click=${this.#onClick}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @blur=${this.#onBlur}
        />
      </div>
      ${listed
        ? html`<ul part="country-list" id="country-list" role="listbox" aria-labelledby="country-label" @mousedown=${keepFocus}>
            ${results.map((country) => this.#option(country, country.code === active, country.code === view.chosen))}
          </ul>`
        : nothing}
      ${searching && !results.length ? html`<p part="hint country-no-match">${view.m.countryNoMatch}</p>` : nothing}
      <span class="visually-hidden" role="status">${searching ? (results.length ? view.m.countriesFound(results.length) : view.m.countryNoMatch) : ''}</span>
    `;
  }

  #option(country: Country, active: boolean, chosen: boolean): TemplateResult {
    const parts = ['country-option', active ? 'country-option-active' : '', chosen ? 'country-option-chosen' : ''];
    return html`<li
      part=${parts.filter(Boolean).join(' ')}
      id=${optionId(country.code)}
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      @click=${() => this.#choose(country.code)}
    >
      ${this.#view?.flags ? html`<span part="country-flag" aria-hidden="true">${flagOf(country.code)}</span>` : nothing}
      <span class="country-name">${country.name}</span>
      <span part="calling-code" dir="ltr">+${country.callingCode}</span>
    </li>`;
  }

  /**
   * After a render: the field shows what it should even where typing changed it since the last render (as Lit's live()
   * would, which here would share a chunk with the code step); its text selected when asked; the highlighted country
   * in view once each time it changes.
   */
  rendered(root: ShadowRoot | null): void {
    const field = root?.getElementById('country') as HTMLInputElement | null;
    if (field && field.value !== this.#text) field.value = this.#text;
    if (this.#selectText) {
      this.#selectText = false;
      if (field && root?.activeElement === field) field.select();
    }
    if (!this.#open || !this.#active || this.#active === this.#shown) return;
    const option = root?.getElementById(optionId(this.#active));
    const list = option?.parentElement;
    if (!option || !list) return;
    this.#shown = this.#active;
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
  }

  #results(): readonly Country[] {
    const countries = this.#view?.countries ?? [];
    return this.#query === null ? countries : searchCountries(countries, this.#query);
  }

  /** Opens the whole list on the chosen country. */
  #openList(): void {
    this.#open = true;
    this.#query = null;
    this.#active = this.#view?.chosen ?? null;
    this.#shown = null;
    this.#selectText = true;
    this.#update();
  }

  /** Closes the list; the field shows the chosen country again, selected, ready to be searched again. */
  #close(): void {
    if (this.#open) this.#selectText = true;
    this.#open = false;
    this.#query = null;
    this.#active = null;
  }

  #choose(code: string): void {
    this.#close();
    this.#view?.choose(code);
    this.#update();
  }

  /** Moves the highlight by `step` options; at an end it wraps round, as the arrow keys do in the APG combobox. */
  #move(step: number): void {
    const results = this.#results();
    if (!results.length) return;
    const at = results.findIndex(({ code }) => code === this.#active);
    const wrap = Math.abs(step) === 1;
    const next = at < 0 ? (step > 0 ? 0 : results.length - 1) : at + step;
    this.#active = results[wrap ? (next + results.length) % results.length : Math.min(Math.max(next, 0), results.length - 1)]!.code;
    this.#update();
  }

  #onClick = () => {
    if (!this.#view?.busy && !this.#open) this.#openList();
  };

  #onInput = (event: InputEvent) => {
    const field = event.target as HTMLInputElement;
    // While the field shows the chosen country, what is typed starts a new search, wherever the caret was.
    if (this.#query === null && field.value !== event.data) field.value = event.data ?? '';
    this.#open = true;
    this.#query = field.value;
    this.#active = this.#results()[0]?.code ?? null;
    this.#update();
  };

  #onBlur = () => {
    if (!this.#open) return;
    this.#close();
    this.#update();
  };

  #onKeydown = (event: KeyboardEvent) => {
    // Keys that compose text in an input method (Enter commits a Japanese word) are the input method's.
    if (this.#view?.busy || event.isComposing) return;
    const open = this.#open;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) {
          if (event.key === 'ArrowDown' && !open) this.#openList();
          else if (event.key === 'ArrowUp' && open) this.#closeAndUpdate();
        } else if (!open) this.#openList();
        else this.#move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'PageDown':
      case 'PageUp':
        if (!open) return;
        event.preventDefault();
        this.#move(event.key === 'PageDown' ? PAGE : -PAGE);
        return;
      case 'Enter':
        // Closed, Enter submits the form as in any field; open, it takes the highlighted country.
        if (!open) return;
        event.preventDefault();
        if (this.#active) this.#choose(this.#active);
        return;
      case 'Tab':
        if (open && this.#active) this.#choose(this.#active);
        return;
      case 'Escape':
        // Only an open list is the picker's to close: a closed one lets the page's dialog have its Escape.
        if (!open) return;
        event.preventDefault();
        event.stopPropagation();
        this.#closeAndUpdate();
        return;
    }
  };

  #closeAndUpdate(): void {
    this.#close();
    this.#update();
  }
}

/** A click in the list must not take focus from the field (the field stays the one focus, as ARIA asks). */
const keepFocus = (event: Event) => event.preventDefault();

/** Typing replaces the chosen country's name rather than adding to it. */
const selectAll = (event: Event) => (event.target as HTMLInputElement).select();
