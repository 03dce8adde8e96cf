package com.baolink.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application executes, by wrapping its {@link DataSource} (JDK
 * proxies, no extra library). The benchmark sends one request at a time with background jobs off,
 * so everything counted between {@link #reset()} and {@link #executed()} belongs to that request
 * (its session lookup included).
 */
final class SqlStatementCounter implements BeanPostProcessor {

	private final List<String> statements = new ArrayList<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, this::onDataSourceCall);
		}
		return bean;
	}

	synchronized void reset() {
		this.statements.clear();
	}

	/** The statements executed since the last {@link #reset()}, in order. */
	synchronized List<String> executed() {
		return List.copyOf(this.statements);
	}

	private synchronized void record(String sql) {
		this.statements.add(sql == null ? "(batch)" : sql.replaceAll("\\s+", " ").strip());
	}

	private Object onDataSourceCall(Object target, Method method, Object[] args) throws Throwable {
		Object result = invoke(target, method, args);
		if (result instanceof Connection connection) {
			return proxy(Connection.class, connection, this::onConnectionCall);
		}
		return result;
	}

	private Object onConnectionCall(Object target, Method method, Object[] args) throws Throwable {
		Object result = invoke(target, method, args);
		if (result instanceof Statement statement && method.getReturnType().isInterface()) {
			String preparedSql = method.getName().startsWith("prepare") ? (String) args[0] : null;
			return proxy(method.getReturnType(), statement, (t, m, a) -> {
				if (m.getName().startsWith("execute")) {
					record(preparedSql != null ? preparedSql : (a != null && a.length > 0 ? String.valueOf(a[0]) : null));
				}
				return invoke(t, m, a);
			});
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<?> type, Object target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	@FunctionalInterface
	private interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

}
