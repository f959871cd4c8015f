// The demo's theme selector: sets data-theme on <html> (the themes live in demo.css) and remembers the choice.

export function wireThemePicker(select: HTMLSelectElement, initial = sessionStorage.getItem('demo:theme') ?? ''): void {
  const apply = () => (document.documentElement.dataset.theme = select.value);
  select.value = initial;
  apply();
  select.addEventListener('change', () => {
    sessionStorage.setItem('demo:theme', select.value);
    apply();
  });
}
