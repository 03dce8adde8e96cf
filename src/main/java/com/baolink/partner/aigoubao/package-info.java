/**
 * AiGouBao (爱购保) protocol: the envelope (DES-encrypted, signed JSON), the client for all eleven
 * endpoints ({@link com.baolink.partner.aigoubao.AigoubaoApi}, over HTTP
 * {@link com.baolink.partner.aigoubao.HttpAigoubaoClient}) with the shared per-distributor
 * {@link com.baolink.partner.aigoubao.RateBudget}, error codes, field limits and callback parsing.
 * Configuration {@code baolink.aigoubao.*} ({@link com.baolink.partner.aigoubao.AigoubaoProperties}).
 */
@org.springframework.modulith.NamedInterface("aigoubao")
package com.baolink.partner.aigoubao;
