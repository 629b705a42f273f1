/// <reference types="vite/client" />
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css";
import "./shell/styles.css";
import { createRoot } from "react-dom/client";
import { App } from "./shell/App.tsx";

createRoot(document.getElementById("root")!).render(<App />);
