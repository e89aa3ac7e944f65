// After the session's idleSeconds without keyboard, mouse or touch, the window clears the citizen's data
// (a clerk who walks away leaves nothing on screen).

let timer: number | undefined;
let seconds = 300;
let onIdle: () => void = () => undefined;

function restart(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => onIdle(), seconds * 1000);
}

let listening = false;

export function watchIdle(idleSeconds: number, handler: () => void): void {
  seconds = Math.max(1, idleSeconds);
  onIdle = handler;
  if (!listening) {
    for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel', 'input']) window.addEventListener(type, restart, { passive: true });
    listening = true;
  }
  restart();
}

export function stopIdle(): void {
  window.clearTimeout(timer);
}
