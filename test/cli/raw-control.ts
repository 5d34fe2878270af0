/**
 * Anything a terminal could act on, apart from the newline that ends each line: what no line the
 * command-line simulator prints may hold. Written out here rather than taken from the code under
 * test, so the tests do not check printable() against itself.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/;
