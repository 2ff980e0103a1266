import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The options of a command, as node:util's parseArgs takes them. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** What a command line says: the options' values by name and the other arguments, or what is wrong with it. */
export type ReadArgs = { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[]; error?: undefined } | { error: string };

/**
 * A command line read by node:util's parseArgs, strictly (every option must be known, every value given), with its
 * errors in the words every treaty-check command uses: "unknown option --bogus", "--format needs a value". Each
 * command (the check, `facts extract`, `import`) validates its values itself.
 */
export function readArgs(argv: string[], options: OptionSpec): ReadArgs {
  // "--max-warnings -1": a value that looks like a negative number is the option's value, for the command to judge.
  const args = argv.flatMap((a, i) => (/^-\d/.test(a) && i > 0 && options[argv[i - 1]!.replace(/^--/, '')]?.type === 'string' ? [] : /^--[^=]+$/.test(a) && options[a.slice(2)]?.type === 'string' && /^-\d/.test(argv[i + 1] ?? '') ? [`${a}=${argv[i + 1]}`] : [a]));
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    return { values, positionals };
  } catch (e) {
    const err = e as Error & { code?: string };
    // ("Option '-o, --out <value>' argument missing": the long name.)
    const option = /'(?:-\w,\s*)?(--[^' <]+|-\w)/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { error: `unknown option ${option}` };
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return { error: `${option} needs a value` };
    return { error: err.message.split('\n')[0]! };
  }
}

/** An option's value as a string (the last one given), or undefined. */
export function stringOf(values: Extract<ReadArgs, { positionals: string[] }>['values'], name: string): string | undefined {
  const v = values[name];
  const last = Array.isArray(v) ? v[v.length - 1] : v;
  return typeof last === 'string' ? last : undefined;
}

/** A repeatable option's values, in the order given. */
export function stringsOf(values: Extract<ReadArgs, { positionals: string[] }>['values'], name: string): string[] {
  const v = values[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
}
