// Preloaded (`node --require`) into the server and the CLI by test/reliability/safety.test.ts: records every attempt
// to open a network connection, resolve a name, listen, or evaluate code (eval, Function, vm), one line each, in the
// file named by TREATY_GUARD_LOG. The calls still go through: the test asserts that the log stays empty.
'use strict';
const fs = require('node:fs');

const log = process.env.TREATY_GUARD_LOG;
function record(what, arg) {
  let detail = '';
  try {
    detail = typeof arg === 'string' ? arg : JSON.stringify(arg) ?? String(arg);
  } catch {
    detail = String(arg);
  }
  fs.appendFileSync(log, `${what} ${detail.slice(0, 200).replace(/\s+/g, ' ')}\n`);
}
function wrap(owner, name, label) {
  const original = owner && owner[name];
  if (typeof original !== 'function') return;
  owner[name] = function (...args) {
    record(label, args[0]);
    return original.apply(this, args);
  };
}

const net = require('node:net');
wrap(net, 'connect', 'net.connect');
wrap(net, 'createConnection', 'net.createConnection');
wrap(net, 'createServer', 'net.createServer');
wrap(net.Socket.prototype, 'connect', 'net.Socket#connect');
wrap(net.Server.prototype, 'listen', 'net.Server#listen');
for (const name of ['http', 'https']) {
  const mod = require(`node:${name}`);
  wrap(mod, 'request', `${name}.request`);
  wrap(mod, 'get', `${name}.get`);
  wrap(mod, 'createServer', `${name}.createServer`);
}
wrap(require('node:http2'), 'connect', 'http2.connect');
wrap(require('node:tls'), 'connect', 'tls.connect');
wrap(require('node:dgram'), 'createSocket', 'dgram.createSocket');
const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) wrap(dns, name, `dns.${name}`);
wrap(dns.promises, 'lookup', 'dns.promises.lookup');
wrap(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') wrap(globalThis, 'WebSocket', 'WebSocket');

// Code from strings: eval, the Function constructors (plain, async, generator), vm.
wrap(globalThis, 'eval', 'eval');
const vm = require('node:vm');
for (const name of ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']) wrap(vm, name, `vm.${name}`);
wrap(vm.Script.prototype, 'runInThisContext', 'vm.Script#runInThisContext');
function guardConstructor(Ctor, label) {
  const proxy = new Proxy(Ctor, {
    construct(target, args, newTarget) {
      record(`new ${label}`, args[args.length - 1]);
      return Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
    },
    apply(target, self, args) {
      record(label, args[args.length - 1]);
      return Reflect.apply(target, self, args);
    },
  });
  return proxy;
}
globalThis.Function = guardConstructor(Function, 'Function');
// The async and generator constructors are reachable only from a function's prototype: guard those too.
for (const sample of [async function () {}, function* () {}, async function* () {}]) {
  const proto = Object.getPrototypeOf(sample);
  const Ctor = proto.constructor;
  Object.defineProperty(proto, 'constructor', { value: guardConstructor(Ctor, Ctor.name), writable: true, configurable: true });
}
Object.defineProperty(Function.prototype, 'constructor', { value: globalThis.Function, writable: true, configurable: true });
