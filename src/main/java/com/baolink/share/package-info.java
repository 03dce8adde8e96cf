/**
 * Share links: the third kind of user. A member shares a product (optionally one plan) through a
 * link {@code /s/<token>}, its QR code and a poster; an end customer opens it on a phone without an
 * account, fills in holder and insured persons (the member buy form's validation), is sent to the
 * partner's hosted page and comes back to a status page of their own order
 * ({@code /s/o/<signed order token>}), which polls while pending and offers the policy PDF through
 * the portal's download proxy. The order is the member's (AiGouBao member / Xiebao
 * {@code partnerUniqKey}), marked with the link and the customer's name.
 * <ul>
 * <li>Member side: {@code SharesController} ({@code /shares}, create, revoke, poster), {@code ShareLinks}.</li>
 * <li>Customer side: {@code CustomerShareController} ({@code /s/<token>}, its QR code, the buy forms),
 * {@code CustomerOrderController} ({@code /s/o/<token>}), {@code ShareCheckout} (launch through
 * {@code order.OrderLauncher} / {@code xiebao.XiebaoLauncher}, per-link hourly limit
 * {@code LaunchLimiter}), {@code CustomerOrderTokens}.</li>
 * </ul>
 * Refusals (unknown, tampered, expired, revoked, product gone, too many launches) are friendly pages
 * and write nothing. The customer sees nothing of the member but the display name.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Share links")
package com.baolink.share;
