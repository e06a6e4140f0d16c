package id.cadang.headless;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.Catalog;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.User;
import id.cadang.core.CadangException;
import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import id.cadang.model.Role;

/** {@code cadang users add|list}, {@code cadang roles grant|list} and {@code cadang audit verify}. */
final class PeopleCommands {

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;
	private final Messages m;

	PeopleCommands(Services services, PrintStream out, PrintStream err, Messages messages) {
		this.services = services;
		this.out = out;
		this.err = err;
		this.m = messages;
	}

	int users(Cli.Args args) {
		List<String> positional = args.expectPositional(1, 2,
				"cadang users add <name> [--full-name N] [--nip N] [--contact C] | cadang users list [--json]");
		Catalog catalog = services.get(Catalog.class);
		switch (positional.get(0)) {
			case "add" -> {
				if (positional.size() != 2) {
					throw new Cli.UsageException("usage: cadang users add <name> [--full-name N] [--nip N] [--contact C]");
				}
				String name = positional.get(1);
				if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
					throw new Cli.UsageException(m.get("users.badName", name));
				}
				String nip = args.option("nip").orElse(null);
				if (nip != null && !nip.matches("\\d{18}")) {
					throw new Cli.UsageException(m.get("users.badNip", nip));
				}
				User existing = catalog.user(name).orElse(null);
				User user = new User(name, args.option("full-name").orElse(existing == null ? null : existing.fullName()),
						nip != null ? nip : existing == null ? null : existing.nip(),
						args.option("contact").orElse(existing == null ? null : existing.contact()),
						existing == null ? Instant.now() : existing.created());
				catalog.saveUser(user);
				catalog.audit(System.getProperty("user.name", "cadang"), existing == null ? "user.add" : "user.update",
						"user:" + name, describe(user));
				if (args.json()) {
					printJson(userJson(user, List.of()));
				} else {
					out.println(m.get(existing == null ? "users.added" : "users.updated", name));
				}
				return Cli.OK;
			}
			case "list" -> {
				List<User> users = catalog.users();
				List<RoleGrant> grants = catalog.roleGrants(null);
				if (args.json()) {
					printJson(users.stream().map(u -> userJson(u, grants.stream().filter(g -> g.user().equals(u.name()))
							.toList())).toList());
					return Cli.OK;
				}
				if (users.isEmpty()) {
					out.println(m.get("users.none"));
					return Cli.OK;
				}
				Table table = new Table(m.get("col.user"), m.get("col.fullName"), m.get("col.nip"), m.get("col.contact"),
						m.get("col.roles"));
				for (User u : users) {
					table.row(u.name(), u.fullName(), u.nip(), u.contact(), grants.stream()
							.filter(g -> g.user().equals(u.name())).map(PeopleCommands::grant)
							.collect(Collectors.joining(", ")));
				}
				table.print(out);
				return Cli.OK;
			}
			default -> throw new Cli.UsageException("usage: cadang users add <name> ... | cadang users list");
		}
	}

	int roles(Cli.Args args) {
		List<String> positional = args.expectPositional(1, 4,
				"cadang roles grant <user> <sop> <role> [--binding B] | cadang roles list [--json]");
		Catalog catalog = services.get(Catalog.class);
		if (positional.get(0).equals("list")) {
			List<RoleGrant> grants = catalog.roleGrants(null);
			if (args.json()) {
				printJson(grants.stream().map(g -> Cli.map("user", g.user(), "sop", g.sop(), "binding", g.binding(),
						"role", g.role())).toList());
			} else {
				Table table = new Table(m.get("col.user"), m.get("col.sop"), m.get("col.binding"), m.get("col.role"));
				grants.forEach(g -> table.row(g.user(), g.sop(), g.binding().isEmpty() ? "*" : g.binding(), g.role()));
				table.print(out);
			}
			return Cli.OK;
		}
		if (!positional.get(0).equals("grant") || positional.size() != 4) {
			throw new Cli.UsageException("usage: cadang roles grant <user> <sop> <role> [--binding B]");
		}
		String user = positional.get(1);
		SopRegistry registry = services.get(SopRegistry.class);
		try {
			registry.awaitPlugins(java.time.Duration.ofSeconds(10));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		InstalledSop sop = registry.sop(positional.get(2)).orElseThrow(() -> new CadangException(m.get("error.unknownSop",
				positional.get(2), registry.sops().stream().map(InstalledSop::id).collect(Collectors.joining(", ")))));
		String wanted = positional.get(3);
		Role role = sop.document().getRoles().stream()
				.filter(r -> r.getId().equals(wanted) || r.getName().equalsIgnoreCase(wanted)).findFirst()
				.orElseThrow(() -> new CadangException(m.get("roles.unknown", wanted, sop.id(), sop.document().getRoles()
						.stream().map(r -> r.getId() + " (" + r.getName() + ")").collect(Collectors.joining(", ")))));
		String binding = args.option("binding").orElse("");
		if (!binding.isEmpty() && catalog.binding(binding).filter(b -> b.sop().equals(sop.id())).isEmpty()) {
			throw new CadangException(m.get("roles.unknownBinding", binding, sop.id()));
		}
		if (catalog.user(user).isEmpty()) {
			throw new CadangException(m.get("users.unknown", user));
		}
		RoleGrant grant = new RoleGrant(user, sop.id(), binding, role.getId());
		catalog.grantRole(grant);
		catalog.audit(System.getProperty("user.name", "cadang"), "role.grant", "user:" + user, grant(grant));
		if (args.json()) {
			printJson(Cli.map("user", user, "sop", sop.id(), "binding", binding, "role", role.getId()));
		} else {
			out.println(m.get("roles.granted", user, role.getName(), role.getId(), sop.id(),
					binding.isEmpty() ? m.get("roles.everyBinding") : binding));
		}
		return Cli.OK;
	}

	int audit(Cli.Args args) {
		List<String> positional = args.expectPositional(1, 1, "cadang audit verify [--json]");
		if (!positional.get(0).equals("verify")) {
			throw new Cli.UsageException("usage: cadang audit verify [--json]");
		}
		List<String> problems = services.get(Catalog.class).verifyAuditTrail();
		if (args.json()) {
			printJson(Cli.map("ok", problems.isEmpty(), "problems", problems));
		} else if (problems.isEmpty()) {
			out.println(m.get("audit.ok"));
		}
		if (!problems.isEmpty()) {
			if (!args.json()) {
				problems.forEach(p -> err.println("cadang: " + p));
			}
			return Cli.FAILED;
		}
		return Cli.OK;
	}

	private static String grant(RoleGrant g) {
		return g.sop() + "/" + g.role() + (g.binding().isEmpty() ? "" : "@" + g.binding());
	}

	private static String describe(User u) {
		return "full name " + u.fullName() + ", NIP " + u.nip() + ", contact " + u.contact();
	}

	private static Object userJson(User u, List<RoleGrant> grants) {
		return Cli.map("name", u.name(), "fullName", u.fullName(), "nip", u.nip(), "contact", u.contact(), "created",
				u.created().toString(), "roles", grants.stream().map(g -> Cli.map("sop", g.sop(), "binding", g.binding(),
						"role", g.role())).toList());
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
