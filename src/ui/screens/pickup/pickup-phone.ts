import { maskPhone } from '../../../domain/phone.js';
import type { Ticket } from '../../../domain/ticket.js';

const MOBILE_DIGITS = /^1\d{10}$/;
const HIDDEN_LAST_FOUR = '****';

/**
 * Format the phone for the pickup screen without the last four digits, because the customer
 * gives them for the identity check. A mobile shows as `138 **** ****`, and a landline keeps
 * only its area code (`021-********`).
 */
export function phoneWithoutLastFour(digits: string): string {
  if (digits === '') return '';
  if (MOBILE_DIGITS.test(digits)) return `${digits.slice(0, 3)} ${HIDDEN_LAST_FOUR} ${HIDDEN_LAST_FOUR}`;
  return maskPhone(digits).slice(0, -HIDDEN_LAST_FOUR.length) + HIDDEN_LAST_FOUR;
}

/**
 * Copy the ticket for display on the pickup screen, with the phone's last four digits
 * starred out. The copy is for rendering only and must never be saved.
 */
export function withPhoneHidden(ticket: Ticket): Ticket {
  return { ...ticket, customerPhone: phoneWithoutLastFour(ticket.phoneNormalized) };
}
