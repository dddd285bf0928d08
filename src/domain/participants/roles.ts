/**
 * The parties of cross-border trade that hold an identity on Crossgate. Each is registered with the code customs
 * knows it by (the code carried in CEB messages).
 */
export const ROLES = ['ebp', 'ebc', 'payment', 'logistics', 'warehouse', 'customs', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ebp: 'E-commerce platform',
  ebc: 'E-commerce enterprise (merchant)',
  payment: 'Payment institution',
  logistics: 'Logistics company',
  warehouse: 'Bonded warehouse / supervision-site operator',
  customs: 'Customs (single-window operator)',
  admin: 'Crossgate administrator',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
