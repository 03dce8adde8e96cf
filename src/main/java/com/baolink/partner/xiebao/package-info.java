/**
 * Xiebao (携保) channel adapter: page integration by signed links (document 003) and the
 * notifications Xiebao posts back (document 002). Public surface for the catalogue, order and
 * callback-inbox code:
 * <ul>
 * <li>{@link com.baolink.partner.xiebao.XiebaoProperties} ({@code baolink.xiebao.*}); the channel is
 * optional, {@code enabled()} is true once {@code base-url} is set.</li>
 * <li>{@link com.baolink.partner.xiebao.XiebaoLinks}: {@code productLink(caseCode, memberId, platform)},
 * {@code homeLink(memberId, platform, paySuccessUrl)}, {@code policyDetailLink(insureNum, platform)},
 * {@code isEnabled()}; {@link com.baolink.partner.xiebao.Platform#forUserAgent(String)}.</li>
 * <li>{@link com.baolink.partner.xiebao.XiebaoNotificationVerifier#verify(String)} → a
 * {@link com.baolink.partner.xiebao.XiebaoVerification} ({@code Verified(notification)},
 * {@code BadSignature}, {@code WrongPartner}, {@code Malformed(reason)}, {@code NotConfigured});
 * {@link com.baolink.partner.xiebao.XiebaoNotification} records per notifyType;
 * {@link com.baolink.partner.xiebao.XiebaoAcknowledgement} answer bodies.</li>
 * </ul>
 * Assumptions (PROTOCOLS.md, "assumed") live here: the notification sign covers the exact
 * {@code data} text (its compact form is accepted too); {@code paySuccess} is honoured on the
 * product link too ({@code productLink(caseCode, memberId, platform, paySuccessUrl)}, used for
 * share-link customers), though document 003 lists it on the home link only.
 */
@org.springframework.modulith.NamedInterface("xiebao")
package com.baolink.partner.xiebao;
