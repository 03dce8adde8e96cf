package com.baolink.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form field name no page ever sends (e.g. {@code insured[100000].name}, past the binder's
 * list growth limit) makes data binding throw instead of recording a field error: that is a bad
 * request (the 400 page in the layout), not a server fault.
 */
@ControllerAdvice
class MalformedFormAdvice {

	@ExceptionHandler(InvalidPropertyException.class)
	void malformedFieldName(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
