import { t } from '../i18n/i18n';

/** Copies text to the clipboard; the message to show: `done`, or why it could not. */
export async function copyText(text: string, done: string): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return done;
	} catch {
		return t('Copying was not allowed: select the text and copy it yourself.');
	}
}
