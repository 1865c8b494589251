// The Vercel ai SDK against Candor: generateText and streamText (Responses API by default).
import { createOpenAI } from "@ai-sdk/openai";
import { generateText, streamText } from "ai";

const [baseURL, apiKey, model] = process.argv.slice(2);
const openai = createOpenAI({ baseURL, apiKey });

const out = { generate: null, stream: null };
const gen = await generateText({ model: openai(model), prompt: "Write a tagline for rain jackets" });
out.generate = { text: gen.text, finishReason: gen.finishReason, usage: gen.usage,
                 id: gen.response?.id };
const s = streamText({ model: openai(model), prompt: "Name three trail snacks" });
let text = "";
for await (const delta of s.textStream) text += delta;
out.stream = { text, finishReason: await s.finishReason };
console.log(JSON.stringify(out));
