/**
 * Members and staff logins ({@link com.baolink.member.PortalUser}), registration with AiGouBao,
 * member administration, password rules and changes. Offers {@link com.baolink.member.Members},
 * {@link com.baolink.member.Member}, {@link com.baolink.member.PortalUser},
 * {@link com.baolink.member.AigoubaoRegistration} and the password-change gate the security filter
 * chain installs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members")
package com.baolink.member;
