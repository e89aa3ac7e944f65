import { startWindow } from './ventanilla/app';

// Entry of /ventanilla: everything lives in ventanilla/.
startWindow();
