// Renders every state of the element side by side, with the fake transport and previewState().
// `?theme=` and `?lang=` choose the theme and the language; `npm run screenshots` takes its pictures from here and
// waits for `data-ready` on the gallery. A state that the person's next move completes (the country list open) keeps
// the focus: its figure has `data-focused`.
import '../src/passwordless-login.js';
import type { PasswordlessLogin } from '../src/passwordless-login.js';
import { FakeTransport, previewState, type PreviewState } from '../src/testing.js';
import { wireThemePicker } from './theme-picker.js';
import { GALLERY_STATES } from './gallery-states.js';

const params = new URLSearchParams(location.search);
const gallery = document.querySelector<HTMLElement>('#gallery')!;
const lang = document.querySelector<HTMLInputElement>('#lang')!;
lang.value = params.get('lang') ?? 'en';
// Set before the elements exist, so each loads its language at once rather than English first.
const applyLang = () => gallery.setAttribute('lang', lang.value);
applyLang();
lang.addEventListener('change', applyLang);
wireThemePicker(document.querySelector<HTMLSelectElement>('#theme')!, params.get('theme') ?? '');

/** One figure: the state's title above an element put in that state. */
async function show(id: string, title: string, attributes: Record<string, string>, state: PreviewState) {
  const figure = document.createElement('figure');
  figure.dataset.state = id;
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  const login = document.createElement('passwordless-login') as PasswordlessLogin;
  for (const [name, value] of Object.entries(attributes)) login.setAttribute(name, value);
  login.customTransport = new FakeTransport({ latency: 600 });
  figure.append(caption, login);
  gallery.append(figure);
  await login.updateComplete;
  previewState(login, state);
  // Resolves once the rest of the element has arrived and drawn this state.
  await login.updateComplete;
}

await Promise.all(GALLERY_STATES.map(({ id, title, attributes, state }) => show(id, title, attributes, state())));
// Last, once no other state can take the focus from it.
for (const { id, then } of GALLERY_STATES) {
  const figure = gallery.querySelector<HTMLElement>(`figure[data-state="${id}"]`);
  if (!then || !figure) continue;
  await then(figure.querySelector<PasswordlessLogin>('passwordless-login')!);
  figure.dataset.focused = 'true';
}
gallery.dataset.ready = 'true';
