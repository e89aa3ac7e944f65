import { session } from '../../api';
import type { Clerk, PanelContext, ServiceKey } from '../contract';

// Until the new read side (panels from contract.ts) lands, today's page builds the panel context here:
// the clerk is read from the token this tab holds (role, subject), as GET /auth/sesion will answer it.

export function clerkFromToken(token = session.token()): Clerk {
  let claims: Record<string, any> = {};
  try {
    const payload = (token ?? '').split('.')[1] ?? '';
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    claims = {};
  }
  const subject = String(claims.sub ?? '');
  return {
    subject,
    user: subject.replace(/^ventanilla:/, ''),
    office: typeof claims.office === 'string' ? claims.office : null,
    role: String(claims.role ?? 'front-office'),
    expiresAt: claims.exp ? new Date(claims.exp * 1000).toISOString() : '',
    idleSeconds: 300,
  };
}

/** After a write the panels are drawn again: focus goes to the acting panel's heading, not to the page's top. */
function focusPanelWhenDrawn(service: ServiceKey): void {
  const panels = document.getElementById('panels');
  if (!panels) return;
  const observer = new MutationObserver(() => {
    const heading = panels.querySelector<HTMLElement>(`.panel[data-service="${service}"] h2`);
    if (!heading) return;
    observer.disconnect();
    heading.setAttribute('tabindex', '-1');
    if (!document.querySelector('dialog[open]')) heading.focus();
  });
  observer.observe(panels, { childList: true });
  setTimeout(() => observer.disconnect(), 20_000);
}

export function legacyContext(service: ServiceKey, taxpayer: Record<string, any>, refresh: () => void): PanelContext {
  return {
    ruc: taxpayer.ruc,
    service,
    taxpayer,
    clerk: clerkFromToken(),
    refresh: () => {
      focusPanelWhenDrawn(service);
      refresh();
    },
  };
}
