/** How long a password must and may be; the server enforces it and the forms say it before sending. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
