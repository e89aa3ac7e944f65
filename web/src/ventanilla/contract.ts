// What the window's read side (panels, find, session) and its actions (forms that write) agree on.
// The read side renders each service's panel and asks the actions module for the buttons to put in it.

export type ServiceKey = 'sal' | 'sut' | 'trainers' | 'iess';

/** The signed-in person, as GET /auth/sesion answers it. */
export interface Clerk {
  /** The token's subject, e.g. "ventanilla:maria". */
  subject: string;
  /** The user name shown in the header. */
  user: string;
  /** The office (MDT regional office or IESS agency) the clerk works at; null when the token names none. */
  office: string | null;
  /** 'front-office' (a window clerk) or 'reviewer' (may approve, observe, reject). */
  role: string;
  /** When the token expires (ISO 8601). */
  expiresAt: string;
  /** After this many seconds without keyboard or mouse activity the window clears the citizen's data. */
  idleSeconds: number;
}

export interface PanelContext {
  /** The RUC the panel shows (13 digits, already validated). */
  ruc: string;
  service: ServiceKey;
  /** The panel query's `taxpayer` answer (only this service's fields, ids and statuses included). */
  taxpayer: Record<string, any>;
  clerk: Clerk;
  /** Reloads this panel from the API (after a successful action). */
  refresh(): void;
}

/** One request or credential shown in a panel, for the buttons that act on it. */
export interface PanelItem {
  /** The GraphQL type: SalKeyRequest, SalAccessKey, SystemKeyRecovery, TrainerCredential, IessEmployerKeyRequest. */
  type: string;
  id: string;
  status: string;
  /** The item as the panel query answered it. */
  record: Record<string, any>;
}
