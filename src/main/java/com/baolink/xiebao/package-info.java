/**
 * The Xiebao channel of the order module: launch by signed link, linking Xiebao's
 * notifications to orders and applying them, the Xiebao order view and staff's Xiebao products.
 * Speaks Xiebao through {@code partner.xiebao}; offers {@link com.baolink.xiebao.XiebaoLauncher}
 * and {@link com.baolink.xiebao.XiebaoNotificationApplier}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Xiebao channel")
package com.baolink.xiebao;
