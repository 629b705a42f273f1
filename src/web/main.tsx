/// <reference types="vite/client" />
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css";
import "./app/styles.css";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";

createRoot(document.getElementById("root")!).render(<App />);
