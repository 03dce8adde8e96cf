package com.baolink.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload larger than the servlet's multipart limit never reaches the picture handler: the
 * staff member is sent back to the product form with the "too large" message (the form carries
 * its CSRF token in the query string too, so such a request is not refused as forged first).
 */
@ControllerAdvice
class PictureUploadAdvice {

	private static final Pattern PICTURE_PATH = Pattern.compile("/admin/products/(\\d{1,18})/picture");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		Matcher matcher = PICTURE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!matcher.matches()) {
			return "redirect:/";
		}
		RequestContextUtils.getOutputFlashMap(request).put("pictureTooLarge", true);
		return "redirect:/admin/products/" + matcher.group(1);
	}

}
