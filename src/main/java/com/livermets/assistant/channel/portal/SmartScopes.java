package com.livermets.assistant.channel.portal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Decides whether a token's SMART scopes let it create a Communication for its patient.
 * Accepted, exactly:
 * <ul>
 * <li>SMART v2: {@code patient/Communication.
 *
<p>
 * } or {@code patient/*.
 *
<p>
 * } where {@code
 *
<p>
 * } is a v2 permission string in {@code cruds} order that contains {@code c} ({@code c},
 * {@code cu}, {@code crus}, {@code cruds}, ...);</li>
 * <li>SMART v1: {@code patient/Communication.write}, {@code patient/Communication.*},
 * {@code patient/*.write}, {@code patient/*.*}.</li>
 * </ul>
 * Not accepted: {@code user/} and {@code system/} scopes (the portal speaks for one
 * patient), read-only scopes, and v2 scopes narrowed by a query
 * ({@code patient/Communication.c?category=...}), whose restriction this service cannot
 * check. Scopes are read from the {@code scope} claim (space-separated string, RFC 9068
 * and SMART) and from {@code scp} (string or list), as authorization servers differ.
 */
final class SmartScopes {

	/** What {@code /fhir/metadata} and the 403 challenge name as the scope to ask for. */
	static final String COMMUNICATION_CREATE = "patient/Communication.c";

	private static final Pattern V2_CREATE = Pattern.compile("patient/(Communication|\\*)\\.(?=[cruds]*c)c?r?u?d?s?");

	private static final Pattern V1_WRITE = Pattern.compile("patient/(Communication|\\*)\\.(write|\\*)");

	private SmartScopes() {
	}

	static boolean allowsCommunicationCreate(Jwt jwt) {
		return scopes(jwt).stream().anyMatch(SmartScopes::allowsCommunicationCreate);
	}

	static boolean allowsCommunicationCreate(String scope) {
		return V2_CREATE.matcher(scope).matches() || V1_WRITE.matcher(scope).matches();
	}

	static List<String> scopes(Jwt jwt) {
		List<String> scopes = new ArrayList<>();
		addScopes(jwt.getClaims().get("scope"), scopes);
		addScopes(jwt.getClaims().get("scp"), scopes);
		return scopes;
	}

	private static void addScopes(Object claim, List<String> scopes) {
		if (claim instanceof String text) {
			for (String scope : text.trim().split("\\s+")) {
				if (!scope.isEmpty()) {
					scopes.add(scope);
				}
			}
		}
		else if (claim instanceof Collection<?> values) {
			values.forEach((value) -> addScopes(value, scopes));
		}
	}

}
