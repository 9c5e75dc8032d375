import type * as Nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

/** One message: the plain text and the HTML form of the same content, and extra headers (List-Unsubscribe). */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Hands messages to a mail server; `send` rejects when the server is down or refuses the recipient. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer: `smtp://` (STARTTLS when the server offers it) or `smtps://` (TLS from the start), with
 * the credentials in the URL. Short timeouts: a mail server that hangs must not hold up the scheduler's run.
 * nodemailer (about 13 MB of memory) is loaded with the first message, not at the start of every instance.
 */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  let transporter: Transporter | undefined;
  const connected = (): Transporter =>
    (transporter ??= (require('nodemailer') as typeof Nodemailer).createTransport({
      url: smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    }));
  return {
    async send(mail) {
      await connected().sendMail({ ...mail, from });
    },
    close() {
      transporter?.close();
    },
  };
}
