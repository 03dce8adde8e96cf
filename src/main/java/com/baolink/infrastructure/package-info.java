/**
 * Cross-cutting code: security, web (public URLs, language switch, error handling), i18n, the
 * clock and China time, personal-data encryption, PDF rendering, the embedded database and data
 * retention. An open module: every module may use any of its packages; it depends on no feature
 * module (only on the engine for the retention job; {@code ModularityTests} checks it). Where it
 * needs a feature it offers a port the feature implements:
 * {@link com.baolink.infrastructure.config.ExternalAddresses} (partner URLs checked outside the
 * sandbox) and {@link com.baolink.infrastructure.security.LoginGate} (the password change after
 * login).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infrastructure", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.baolink.infrastructure;
