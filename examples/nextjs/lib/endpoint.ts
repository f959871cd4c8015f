/** Where the handler answers (backend mode): the element's `endpoint` and the handler's `basePath`. */
export const ENDPOINT = '/auth/passwordless';
