/**
 * Surrender (退保) of AiGouBao orders: which policies may be surrendered, the request to the
 * partner and the resulting state; the link to the partner's own order list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surrender")
package com.baolink.surrender;
