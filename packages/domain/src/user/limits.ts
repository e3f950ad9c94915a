export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
/** bcrypt reads only the first 72 bytes; anything longer would be silently ignored. */
export const PASSWORD_MAX_BYTES = 72;
export const PASSWORD_MIN_LENGTH = 8;
