import { libraryConfig } from '@mingzheng/tooling/vite-library';

export default libraryConfig(import.meta.dirname);
