/** Characters that end a sentence. */
export const SENTENCE_TERMINATORS = '。！？!?；;…';
/** Closing characters that stay with the sentence they close (quotes, brackets). */
export const CLOSING_MARKS = '”’」』）)》】"\'';
