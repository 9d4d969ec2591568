/**
 * An Indonesian phone number in international form without the plus, as WhatsApp's `to` and most
 * SMS gateways take it: `0812-3456-7890` and `+62 812 3456 7890` both become `6281234567890`.
 */
export function internationalPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0')) return `62${digits.slice(1)}`;
  return digits;
}
