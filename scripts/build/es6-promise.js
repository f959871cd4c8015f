// es6-promise for the auth0-js browser bundle: idtoken-verifier calls polyfill(), which does nothing where Promise is
// native, as it is in every browser the es2022 build runs in.
export default { polyfill() {} };
