// startup: the smallest program. bench/run measures it from outside (spawn -> exit wall time, peak RSS).
console.log('hi');
