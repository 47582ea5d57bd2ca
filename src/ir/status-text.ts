/** HTTP reason phrases (RFC 9110) and the names of status ranges: the description a status gets where the docs give none. */
const STATUS_TEXT = new Map<string, string>(
  Object.entries({
    '1XX': 'Informational',
    '2XX': 'Success',
    '3XX': 'Redirection',
    '4XX': 'Client error',
    '5XX': 'Server error',
    '100': 'Continue',
    '200': 'OK',
    '201': 'Created',
    '202': 'Accepted',
    '204': 'No Content',
    '206': 'Partial Content',
    '301': 'Moved Permanently',
    '302': 'Found',
    '303': 'See Other',
    '304': 'Not Modified',
    '307': 'Temporary Redirect',
    '308': 'Permanent Redirect',
    '400': 'Bad Request',
    '401': 'Unauthorized',
    '403': 'Forbidden',
    '404': 'Not Found',
    '405': 'Method Not Allowed',
    '406': 'Not Acceptable',
    '409': 'Conflict',
    '410': 'Gone',
    '412': 'Precondition Failed',
    '413': 'Content Too Large',
    '415': 'Unsupported Media Type',
    '422': 'Unprocessable Content',
    '429': 'Too Many Requests',
    '500': 'Internal Server Error',
    '501': 'Not Implemented',
    '502': 'Bad Gateway',
    '503': 'Service Unavailable',
    '504': 'Gateway Timeout',
    default: 'Default response',
  }),
);

/** The reason phrase of `status` (`404`, `4XX`, `default`), or `Status <status>` for one without. */
/** A status as a response key is written: `200`, `4XX` (`4xx`), `default`. */
export function isStatusKey(word: string): boolean {
  return /^(?:[1-5](?:\d\d|XX)|default)$/i.test(word);
}

/** The status whose reason phrase the words are, in any case (`Conflict` → `409`, `not found` → `404`); undefined for others. */
export function statusOfReason(words: string): string | undefined {
  const wanted = words.toLowerCase();
  for (const [status, reason] of STATUS_TEXT) if (/^\d{3}$/.test(status) && reason.toLowerCase() === wanted) return status;
  return undefined;
}

export function statusText(status: string): string {
  return STATUS_TEXT.get(status.toUpperCase()) ?? STATUS_TEXT.get(status) ?? `Status ${status}`;
}
