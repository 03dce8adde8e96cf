/**
 * Products and plans of both channels, browsing and staff curation, the periodic refresh of
 * AiGouBao products, and {@link com.baolink.catalog.Channel}: the partner platform a product is sold
 * on (and so an order bought on). Offers {@link com.baolink.catalog.CatalogSearch},
 * {@link com.baolink.catalog.Products}, {@link com.baolink.catalog.Product},
 * {@link com.baolink.catalog.ProductLimits}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package com.baolink.catalog;
