/**
 * Makes `zone` accept a dropped file and feeds the same handler from `input` (a file input inside
 * or beside it, for keyboard users and for tests), so both paths load files identically.
 *
 * @example
 * ```ts
 * acceptFiles(document.querySelector('#drop')!, document.querySelector('#file')!, (file) => load(file));
 * ```
 */
export function acceptFiles(
  zone: HTMLElement,
  input: HTMLInputElement,
  onFile: (file: File) => void | Promise<void>,
): void {
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void onFile(file);
  };
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    take(event.dataTransfer?.files);
  });
  input.addEventListener('change', () => {
    take(input.files);
    input.value = '';
  });
}
