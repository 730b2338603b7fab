// Compiles the published JSON Schema with ajv 8 (Draft 2020-12, strict mode, ajv-formats) and
// validates every bundled example document against it. Exit status: 0 when the schema compiles
// and every document is valid, 1 when a document is invalid, 2 when the schema does not compile.
//
// Run from anywhere: node io/src/test/ajv/check-schema.mjs (after npm ci in this folder).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
const schemaFile = join(root, "io/src/main/resources/org/policyindicators/io/policy-indicators-1.1.schema.json");

// the folders whose .json files are plan documents or jurisdiction lists, every one valid
const documentFolders = [
  "examples/src/main/resources/org/policyindicators/examples/taiyuan",
  "examples/src/main/resources/org/policyindicators/examples/frameworks",
  "io/src/test/resources/org/policyindicators/io/hostile",
];

function jsonFiles(folder) {
  const found = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      found.push(...jsonFiles(path));
    } else if (name.endsWith(".json") && !name.includes(".schema")) {
      found.push(path);
    }
  }
  return found;
}

// JavaScript reads JSON numbers as doubles: a number beyond their range, such as 1e999999999
// (a valid Decimal), becomes an infinity, which no JSON Schema type accepts, and a tiny one
// becomes 0. They are replaced by the double nearest in kind: the largest finite double of the
// same sign, or the smallest non-zero one. Every bound in the schema lies well inside the range
// of doubles, so each judgement stays that of the exact number. Where the runtime gives the
// reviver the source text (JSON.parse source text access), underflow is recognised too.
function nearestDouble(key, value, context) {
  if (value === Infinity || value === -Infinity) {
    return Math.sign(value) * Number.MAX_VALUE;
  }
  if (value === 0 && context && typeof context.source === "string" && /[1-9]/.test(context.source.split(/[eE]/)[0])) {
    return context.source.startsWith("-") ? -Number.MIN_VALUE : Number.MIN_VALUE;
  }
  return value;
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
} catch (e) {
  console.log(`schema does not compile in strict mode: ${e.message}`);
  process.exit(2);
}
console.log(`compiled ${relative(root, schemaFile)} with ajv, Draft 2020-12, strict mode`);

let invalid = 0;
let count = 0;
for (const folder of documentFolders) {
  for (const file of jsonFiles(join(root, folder))) {
    count++;
    const document = JSON.parse(readFileSync(file, "utf8"), nearestDouble);
    if (validate(document)) {
      console.log(`valid   ${relative(root, file)}`);
    } else {
      invalid++;
      console.log(`INVALID ${relative(root, file)}`);
      for (const error of validate.errors) {
        console.log(`    ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
      }
    }
  }
}

// guards the check itself: a validator that accepted everything would pass the loop above
const broken = [
  { format: "policy-indicators/2.0", jurisdictions: [] },
  { format: "policy-indicators/1.0", id: " ", kind: "other", issuer: "j", horizon: { start: 2020, end: 2025 } },
  { format: "policy-indicators/1.0", id: "p", kind: "other", issuer: "j", horizon: { start: 2020.5, end: 2025 } },
];
for (const document of broken) {
  if (validate(document)) {
    invalid++;
    console.log(`ACCEPTED a broken document: ${JSON.stringify(document)}`);
  }
}
if (count === 0) {
  console.log("no documents found");
  process.exit(1);
}
console.log(`${count} documents, ${invalid} problems`);
process.exit(invalid === 0 ? 0 : 1);
