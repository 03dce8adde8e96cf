package com.baolink.infrastructure.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderFixtures;
import com.baolink.order.Orders;

import static org.assertj.core.api.Assertions.assertThat;

/** Each request reads the session from the database once (see {@link SessionCommitOnceFilter}). */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.scheduling.enabled=false", "spring.session.jdbc.cleanup-cron=-" })
class SessionReadsTests {

	static final AtomicInteger SESSION_READS = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Members members;

	@Autowired
	Orders orders;

	@Test
	void aRenderedPageAndARedirectEachReadTheSessionOnce() {
		PortalHttpClient member = new PortalHttpClient(this.port);
		member.loginOrFail("13800000001", "Bamboo-River-Kite-58");
		member.get("/orders");

		SESSION_READS.set(0);
		HttpResponse<String> history = member.get("/orders");
		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(history.body()).contains("id=\"order-results\"").endsWith("</html>\n");
		assertThat(SESSION_READS.get()).as("session reads of GET /orders").isEqualTo(1);

		SESSION_READS.set(0);
		HttpResponse<String> moved = member.get("/admin/xiebao-products");
		assertThat(moved.statusCode()).isEqualTo(403);

		long memberId = OrderFixtures.registeredMember(this.members, "13800000001");
		Order unpaid = OrderFixtures.launched(this.orders, memberId, OrderFixtures.unique("SR"), Instant.now(), null, "王一");
		Map<String, String> close = new LinkedHashMap<>();
		close.put("_csrf", PortalHttpClient.csrfToken(history.body()));
		SESSION_READS.set(0);
		HttpResponse<String> redirect = member.postForm("/orders/" + unpaid.getId() + "/close", close);
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location").orElse("")).as("a path from the root, as Tomcat writes it")
			.isEqualTo("/orders");
		assertThat(SESSION_READS.get()).as("session reads of a redirecting POST").isEqualTo(1);
		assertThat(member.get("/orders").body()).contains("id=\"order-closed-notice\"");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static BeanPostProcessor sessionReadCounter() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
						return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
								(proxy, method, args) -> {
									Object result = invoke(dataSource, method, args);
									return result instanceof Connection connection ? counting(connection) : result;
								});
					}
					return bean;
				}
			};
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Counting.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (method.getName().startsWith("prepare") && String.valueOf(args[0]).contains("FROM SPRING_SESSION S")) {
							SESSION_READS.incrementAndGet();
						}
						return invoke(connection, method, args);
					});
		}

		private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
