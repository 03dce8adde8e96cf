package com.baolink.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A form field name no page ever sends (e.g. {@code insured[100000].name}, past the binder's
 * list growth limit) makes data binding throw instead of recording a field error: that is a bad
 * request (the 400 page in the layout), not a server fault. A path that cannot name anything
 * ({@code /orders/abc} where ids are numbers) is a page that does not exist: 404, like an unknown id.
 */
@ControllerAdvice
class MalformedFormAdvice {

	@ExceptionHandler(InvalidPropertyException.class)
	void malformedFieldName(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void mistypedArgument(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws IOException {
		boolean inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
		response.sendError(inPath ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
	}

}
