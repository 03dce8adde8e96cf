package com.baolink.surrender;

/** What a surrender request covers: the whole order (7.10) or chosen policies (7.9). */
public enum SurrenderScope {

	ORDER, POLICIES

}
