package com.baolink.sandbox.xiebao;

/** The partner parameters a page was opened with, carried on to the pages it links to. */
record XiebaoLinkParams(String partnerId, String subPartnerId, String partnerUniqKey, int platform, String sign,
		String paySuccess) {
}
