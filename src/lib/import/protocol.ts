/** The messages between the page and the story loader's worker (story.worker.ts). */
import type { FetchedBytes } from '../model/import-url';
import type { SaveOutcome } from '../state/saved';
import type { Lang } from '../i18n/languages';
import type { Shipped, SlicedList } from './shipping';

/** The stages of opening a story, as the progress bar names them. */
export type Stage = 'reading' | 'checking' | 'drawing';

/** The reader's language and locale, so that problems come back in their words. */
export interface InLanguage {
	readonly lang: Lang;
	readonly locale: string;
}

export type LoaderRequest = InLanguage &
	(
		| { readonly id: number; readonly type: 'files'; readonly files: readonly File[] }
		| { readonly id: number; readonly type: 'text'; readonly text: string }
		| ({ readonly id: number; readonly type: 'address' } & FetchedBytes)
		/** Keep the story of the last successful open in this browser, under `name`. */
		| { readonly id: number; readonly type: 'keep'; readonly name: string }
		/** Open the saved story (`load`), or only say what it is called; `legacy` moves an old one in. */
		| {
				readonly id: number;
				readonly type: 'restore';
				readonly load: boolean;
				readonly legacy: string | null;
		  }
		| { readonly id: number; readonly type: 'forget' }
	);

export type LoaderResponse =
	| {
			readonly id: number;
			readonly type: 'progress';
			readonly stage: Stage;
			/** Bytes read so far and in all, while reading. */
			readonly done?: number;
			readonly total?: number;
	  }
	/** Part of a long list of the result that follows (shipping.ts). */
	| {
			readonly id: number;
			readonly type: 'slice';
			readonly list: SlicedList;
			readonly items: readonly unknown[];
	  }
	| { readonly id: number; readonly type: 'opened'; readonly result: Shipped }
	| { readonly id: number; readonly type: 'kept'; readonly outcome: SaveOutcome }
	| {
			readonly id: number;
			readonly type: 'restored';
			/** The saved story's name, or null when none is saved. */
			readonly name: string | null;
			/** Whether a story kept by an older version (in localStorage) is now stored here. */
			readonly migrated: boolean;
			readonly result: Shipped | null;
	  }
	| { readonly id: number; readonly type: 'forgotten' };
