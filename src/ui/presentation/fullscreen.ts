/** Full screen where the browser allows it; the view works the same without (a failure is fine). */
export function requestFullscreen(): void {
  const el = document.documentElement;
  if (typeof el.requestFullscreen !== 'function' || document.fullscreenElement) return;
  el.requestFullscreen().catch(() => {
    // Refused (no user gesture, an iframe, a kiosk policy): the view is already full-window.
  });
}

export function exitFullscreen(): void {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  document.exitFullscreen().catch(() => {});
}
