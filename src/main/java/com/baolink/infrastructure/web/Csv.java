package com.baolink.infrastructure.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF lines, RFC 4180
 * quoting, and a cell a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or
 * a carriage return) defused with a leading apostrophe.
 */
public final class Csv {

	/** The UTF-8 byte-order mark. */
	public static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Csv() {
	}

	/** One cell as it goes into the file: defused, then quoted when it must be. */
	public static String cell(String value) {
		String safe = value == null ? "" : value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			safe = '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	/** Writes one line of cells, ending with CRLF. */
	public static void line(Writer out, List<String> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(cell(cells.get(i)));
			}
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
